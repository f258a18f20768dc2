// The handout is a document to read and print: plain HTML and CSS, with no JavaScript (so its
// maps are not also shipped a second time as hydration data).
export const csr = false;
