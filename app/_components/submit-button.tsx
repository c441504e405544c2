"use client";

import { useFormStatus } from "react-dom";

const tones = {
  primary: "bg-brand-700 hover:bg-brand-800",
  danger: "bg-red-700 hover:bg-red-800",
};

export function SubmitButton({
  label,
  pendingLabel,
  tone = "primary",
}: {
  label: string;
  pendingLabel: string;
  tone?: keyof typeof tones;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-12 rounded-xl px-6 font-bold text-white disabled:opacity-70 ${tones[tone]}`}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
