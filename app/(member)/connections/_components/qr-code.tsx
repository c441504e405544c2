/** A QR code drawn on the server as SVG (live-qr.ts); screen readers hear its label instead of the squares. */
export function QrCode({ svg, url, label }: { svg: string; url: string; label: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      data-url={url}
      className="w-52 max-w-full rounded-lg border border-stone-200 bg-white [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn on the server by the qrcode library from our own URL, never from member input.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
