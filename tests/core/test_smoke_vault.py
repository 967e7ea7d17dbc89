from tests.conftest import PASSPHRASE


def test_settings_round_trip_across_lock(vault):
    vault.settings.set("auto_lock_minutes", 5)
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert vault.settings.get("auto_lock_minutes") == 5
