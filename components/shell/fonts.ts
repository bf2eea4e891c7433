// Geist, shipped in the `geist` npm package: Google-hosted fonts would need the internet.
export { GeistSans as fontSans } from "geist/font/sans";
export { GeistMono as fontMono } from "geist/font/mono";
