// ESLint (flat config) for the map's own browser script, geo/static/*.js: `make lint` runs it.
"use strict";

const js = require("@eslint/js");
const globals = require("globals");

module.exports = [
  {
    ignores: ["node_modules/**", "static/**", ".venv/**", "cache/**", "artifacts/**"],
  },
  js.configs.recommended,
  {
    files: ["geo/static/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: {
        ...globals.browser,
        L: "readonly", // Leaflet, loaded before the map's files
        fflate: "readonly", // gunzip of the packed events
      },
    },
    rules: {
      // The house rules of the Python code hold here too.
      "max-lines": ["error", { max: 400 }],
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true, IIFEs: false }],
      eqeqeq: ["error", "always"],
      strict: ["error", "function"],
      "no-implicit-globals": "error",
      "no-unused-vars": ["error", { args: "after-used" }],
      "no-shadow": "error",
      "no-use-before-define": ["error", { functions: false }],
      "no-restricted-properties": [
        "error",
        { property: "outerHTML", message: "Report text only ever becomes textContent." },
        { object: "document", property: "write", message: "Report text only ever becomes textContent." },
      ],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    files: ["eslint.config.js"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
  },
];
