"""People are shown by their names, not by a login."""

from __future__ import annotations

from csperf_desktop.office.display_names import DisplayNames, display_name
from csperf_desktop.office.settings import update_settings
from csperf_desktop.store.models import User


def test_accounts_show_their_full_name_and_the_computer_account_the_supervisor(db, admin):
    User.create(username="sunlh", display_name="孙丽华", role="supervisor")
    User.create(username="qa2", display_name="", role="qa")
    names = DisplayNames()
    assert names("sunlh") == "孙丽华"
    assert names("qa2") == "qa2"  # no full name given: the login is all there is
    assert names("gui:root") == "root"  # no supervisor named in the settings yet
    assert names("system") == "系统" and names(None) == ""
    update_settings(admin, {"supervisor_name": "孙丽华"})
    names = DisplayNames(system_label="System")
    assert names("gui:root") == "孙丽华" and names("cli:admin") == "孙丽华"
    assert names("cli:sunlh") == "孙丽华"
    assert names("system") == "System"
    assert display_name("gui:root") == "孙丽华"
