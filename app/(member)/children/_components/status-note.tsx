/** A short confirmation after a save or a removal, read out by screen readers. */
export function StatusNote({ message }: { message: string }) {
  return (
    <p role="status" className="mt-4 rounded-xl border border-brand-100 bg-brand-50 p-3 font-medium text-brand-900">
      {message}
    </p>
  );
}
