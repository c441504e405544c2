import QRCode from "qrcode";

/** A QR code drawn on the server as SVG; screen readers hear its label instead of the squares. */
export async function QrCode({ url, label }: { url: string; label: string }) {
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 2,
    errorCorrectionLevel: "M",
    color: { dark: "#1c1917", light: "#ffffff" },
  });
  return (
    <div
      role="img"
      aria-label={label}
      className="w-52 max-w-full rounded-lg border border-stone-200 bg-white [&>svg]:block [&>svg]:h-auto [&>svg]:w-full"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is drawn on the server by the qrcode library from our own URL, never from member input.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
