// ESLint for the project's JavaScript: the browser scripts in static/, and the Node tools (tests,
// benchmark, scripts). Run by scripts/test.sh (the lint-js layer) as `npx eslint .`.
import js from "@eslint/js";
import globals from "globals";

export default [
  // Build output, the benchmark's own output and installed packages (ESLint skips node_modules/
  // anywhere by itself). Nothing vendored or minified is kept in the repository.
  { ignores: ["dist/", "target/", "test-results/"] },

  js.configs.recommended,

  {
    rules: {
      // A name nobody reads is a leftover from an edit, or a value someone forgot to use. A
      // leading `_` marks one kept on purpose (a parameter in its place, a catch binding).
      "no-unused-vars": ["error", {
        argsIgnorePattern: "^_",
        varsIgnorePattern: "^_",
        caughtErrorsIgnorePattern: "^_",
        destructuredArrayIgnorePattern: "^_",
      }],
      // `==` converts types ("1" == 1); "smart" still allows `x == null` for null or undefined.
      eqeqeq: ["error", "smart"],
      // A binding never reassigned is const, so a later reassignment by mistake is an error.
      "prefer-const": "error",
      // "${x}" in quotes instead of backquotes: an assertion message that never shows x.
      "no-template-curly-in-string": "error",
      // A filter, map, find or every callback that forgets to return makes a check vacuous.
      "array-callback-return": "error",
    },
  },

  // Browser scripts, each a classic script (not a module). tools/single-file places each one,
  // after static/unpack.js, inside a function scope that also holds wasm-bindgen's glue; the
  // names that scope gives a script are listed with it. embed-host.js is copied as it is.
  {
    files: ["static/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
  {
    files: ["static/load.js"],
    languageOptions: {
      globals: { fromText7: "readonly", unpackWasm: "readonly", gunzip: "readonly", forbidsWasm: "readonly", describeStart: "readonly" },
    },
  },
  {
    files: ["static/boot.js"],
    languageOptions: { globals: { wasm_bindgen: "readonly" } },
  },
  {
    files: ["static/element.js"],
    languageOptions: {
      globals: {
        unpackWasm: "readonly",
        gunzip: "readonly",
        fromText7: "readonly",
        describeStart: "readonly",
        wasm_bindgen: "readonly",
        WASM_GZIP: "readonly",
        ARTICLE_GZIP: "readonly",
        STYLE: "readonly",
      },
    },
  },

  // Node ES modules. Their page.evaluate, waitInPage, inFrame and addInitScript callbacks run in
  // the browser, so browser names are known there too.
  {
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: { ...globals.node, ...globals.browser } },
  },
];
