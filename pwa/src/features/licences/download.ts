/** Saves text or base64 bytes as a file through a temporary object URL. */
export function saveFile(
  fileName: string,
  mediaType: string,
  content: { text: string } | { base64: string },
): void {
  const blob =
    'text' in content
      ? new Blob([content.text], { type: mediaType })
      : new Blob(
          [Uint8Array.from(atob(content.base64), (ch) => ch.charCodeAt(0))],
          { type: mediaType },
        );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking on the next task lets the browser start the download first.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Reads a file chosen in an <input type="file"> as base64. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result);
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
