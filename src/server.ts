// The API the sidebar calls through google.script.run. Placeholder until the sidebar lands.
export {};
