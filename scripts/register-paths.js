// Resolves the `@pkvm/<lib>` alias of tsconfig.json for compiled code under dist/ (node -r ./scripts/register-paths.js).
'use strict';
const Module = require('node:module');
const path = require('node:path');

const distLibs = path.resolve(__dirname, '..', 'dist', 'libs');
const original = Module._resolveFilename;
Module._resolveFilename = function resolvePkvmAlias(request, parent, ...rest) {
  if (request.startsWith('@pkvm/')) {
    const [lib, ...sub] = request.slice('@pkvm/'.length).split('/');
    request = path.join(distLibs, lib, 'src', ...sub);
  }
  return original.call(this, request, parent, ...rest);
};
