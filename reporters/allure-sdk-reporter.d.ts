// allure-js-commons publishes its reporter SDK only through an `exports` subpath, which the project's
// moduleResolution (node10, for CommonJS output) does not read; this points the subpath at the package's own types.
declare module 'allure-js-commons/sdk/reporter' {
  export * from 'allure-js-commons/dist/types/sdk/reporter/index';
}
