// Granular consent: a user may grant only some of the scopes the add-on asks for. An action that needs a
// scope the user left out would fail halfway with Sheets' raw error, so every menu action and every call
// from a page first makes Apps Script ask for the missing scopes. That ends the execution, so call it
// first, before any other service and outside any try. Never in onOpen or custom functions: they run
// without authorization and must not stop.

export function requireAuthorization(): void {
  ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL);
}
