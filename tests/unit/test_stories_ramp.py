"""The similarity a later report must reach rises with the days between the first reports'
and its own (`Settings.threshold`, `join_ramp`): an arrest's report four days on is nearer
those days than one four weeks on."""

from dataclasses import replace

from workbench.stories.settings import default


def test_the_bar_rises_with_the_days_from_near_to_mid():
    settings = replace(default(), join_ramp=True)
    near, mid = settings.near_days, settings.mid_days
    bars = [settings.threshold(days) for days in range(near, mid + 1)]
    assert bars[0] == settings.join_near
    assert bars == sorted(bars) and len(set(bars)) == len(bars)
    assert abs(bars[-1] - settings.join_mid) < 1e-9
    assert settings.threshold(near + 1) < settings.join_mid


def test_without_the_ramp_the_bar_steps_and_afar_it_is_the_far_bar_either_way():
    stepped = replace(default(), join_ramp=False)
    ramped = replace(default(), join_ramp=True)
    assert stepped.threshold(stepped.near_days + 1) == stepped.join_mid
    for settings in (stepped, ramped):
        assert settings.threshold(settings.mid_days + 1) == settings.join_far
        assert settings.threshold(None) == settings.join_undated
        assert settings.threshold(0) == settings.join_near
