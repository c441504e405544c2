import { signOutAction } from "@/app/(member)/actions";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="min-h-10 shrink-0 rounded-lg border border-stone-300 px-2 py-1.5 text-sm sm:px-3 whitespace-nowrap text-stone-800 hover:bg-stone-100"
      >
        {label}
      </button>
    </form>
  );
}
