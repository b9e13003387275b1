// Saves text made in the browser as a file (a study backup, an Anki deck): a link to a blob, clicked.
export function downloadText(text: string, filename: string, type: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
