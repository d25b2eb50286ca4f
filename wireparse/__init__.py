"""wireparse: turn news-agency wire stories into structured records.

>>> import wireparse
>>> story = wireparse.parse("MAGAS, March 7. /TASS/. Russian Security Council Secretary ...")
>>> story.dateline.agency
'TASS'
"""

from .model import Boilerplate, Byline, Caption, Dateline, Story
from .parser import parse
from .stream import parse_stream

__version__ = "0.1.0"

__all__ = ["Boilerplate", "Byline", "Caption", "Dateline", "Story", "parse", "parse_stream",
           "__version__"]
