from talktogether_desktop.timefmt import clock


def test_clock_pads_minutes_and_rounds():
    assert clock(0) == "00:00"
    assert clock(65.4) == "01:05"
    assert clock(65.6) == "01:06"
    assert clock(-3) == "00:00"


def test_clock_switches_to_hours():
    assert clock(3600) == "1:00:00"
    assert clock(3725.2) == "1:02:05"
    assert clock(3725.2, pad_minutes=False) == "1:02:05"


def test_clock_none_text():
    assert clock(None) == "--:--"
    assert clock(None, none="-") == "-"


def test_clock_player_style_floors_without_padding():
    assert clock(0.9, pad_minutes=False, floor=True) == "0:00"
    assert clock(125.99, pad_minutes=False, floor=True) == "2:05"
    assert clock(125.99, pad_minutes=False) == "2:06"


def test_duration_says_a_short_length_in_seconds_and_a_long_one_as_the_clock():
    from talktogether_desktop.timefmt import duration

    assert duration(0.5) == "0.5 s"  # clock() rounds it to "00:00"
    assert duration(34) == "34.0 s"
    assert duration(59.96) == "01:00" and duration(65.4) == "01:05" and duration(3725.2) == "1:02:05"
    assert duration(None) == "-" and duration(float("nan"), none="?") == "?"


def test_a_whole_length_is_rounded_as_duration_says_it_and_the_counter_reaches_it():
    from talktogether_desktop.timefmt import duration, whole_length

    assert whole_length(75.6) == duration(75.6) == "01:16" and whole_length(75.6, pad_minutes=False) == "1:16"
    assert clock(75.6, pad_minutes=False, floor=True) == "1:15"  # a moment in it: the player's counter floors
