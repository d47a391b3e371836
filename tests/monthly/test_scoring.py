

def test_score_bands_for_counting_people_are_one_rule_for_wall_and_summary():
    from csperf_desktop.monthly.scoring import band_label, score_bands

    bands = score_bands(60, 80, 100)
    assert [band_label(lo, hi, "<{high}") for lo, hi in bands] == [
        "<60", "60–69", "70–79", "80–84", "85–89", "90–94", "95–100"]
    assert score_bands(0, 80, 100)[0] == (0, 9)  # no warning threshold: no open lowest band
