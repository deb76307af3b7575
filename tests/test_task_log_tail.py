"""The bookkeeping behind following a v2 task log through its preview window (no HTTP, no clock).

The preview answers the latest part of a log and the full log's length in bytes; ``LogTail`` must
hand out each line exactly once, whatever the window did between two reads.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from modelarts_overlays.task_logs import LogTail


def window(log: bytes, size: int) -> tuple[str, int]:
    """What the service answers for a log of these bytes with a window of at most ``size`` bytes
    (starting at a character, so the content is text)."""
    start = max(len(log) - size, 0)
    while start < len(log) and (log[start] & 0xC0) == 0x80:
        start += 1
    return log[start:].decode("utf-8"), len(log)


def test_each_line_once_across_reads_of_a_growing_log() -> None:
    tail = LogTail()
    assert tail.feed("a\nb", 3) == ["a"]  # "b" waits for its newline
    assert tail.feed("a\nb\nc\n", 6) == ["b", "c"]
    assert tail.feed("a\nb\nc\n", 6) == []  # nothing new
    assert tail.flush() == []


def test_a_window_that_dropped_bytes_goes_on_from_its_start_and_counts_them() -> None:
    tail = LogTail()
    assert tail.feed("one\n", 4) == ["one"]
    # 4 + 10 bytes written; the window shows only the last 6 ("three\n"); "two\nth" is gone.
    assert tail.feed("three\n", 14) == ["three"]
    assert tail.skipped == 4


def test_a_log_that_started_over_is_read_from_its_window() -> None:
    tail = LogTail()
    assert tail.feed("old line\n", 9) == ["old line"]
    assert tail.feed("new\n", 4) == ["new"]


def test_a_line_of_multibyte_characters_split_between_two_reads_comes_out_whole() -> None:
    log = "größe ✓\n".encode()
    tail = LogTail()
    first = log[:4]  # "grö": 1 + 1 + 2 bytes
    assert tail.feed(first.decode(), len(first)) == []
    assert tail.feed(log.decode(), len(log)) == ["größe ✓"]


def test_the_last_line_without_newline_comes_out_on_flush() -> None:
    tail = LogTail()
    assert tail.feed("done", 4) == []
    assert tail.flush() == ["done"]
    assert tail.flush() == []


def test_an_empty_or_absent_answer_changes_nothing() -> None:
    tail = LogTail()
    assert tail.feed(None, None) == [] and tail.feed("", 0) == []
    assert tail.emitted == 0


LINE = st.text(alphabet=st.characters(blacklist_characters="\n", blacklist_categories=["Cs"]))


@given(
    lines=st.lists(LINE, max_size=30),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
    size=st.integers(min_value=1, max_value=10_000),
)
def test_reads_at_any_points_give_every_line_once_when_the_window_keeps_up(
    lines: list[str], cuts: list[int], size: int
) -> None:
    log = "".join(line + "\n" for line in lines).encode("utf-8")
    points = sorted({min(c, len(log)) for c in cuts} | {len(log)})
    tail = LogTail()
    out: list[str] = []
    previous = 0
    for point in points:
        # reads happen at line ends or mid-line, never mid-character
        while point < len(log) and (log[point] & 0xC0) == 0x80:
            point += 1
        content, full = window(log[:point], size)
        if full - len(content.encode()) > previous:  # more was written than the window holds
            return
        out += tail.feed(content, full)
        previous = point
    assert out + tail.flush() == lines
    assert tail.skipped == 0
