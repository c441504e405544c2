export function FormAlert({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-3 font-medium text-red-900">
      {message}
    </p>
  );
}
