// Geist, shipped in the `geist` npm package (next/font/google would need the internet).
export { GeistSans as fontSans } from "geist/font/sans";
export { GeistMono as fontMono } from "geist/font/mono";
