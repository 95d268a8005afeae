// Test helper: the value the server runs with for one setting.
SHOW SETTINGS YIELD name, value
WHERE name = $setting
RETURN value
