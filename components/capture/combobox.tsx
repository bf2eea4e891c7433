// Pick one of a few hundred names by typing part of it (WAI-ARIA combobox with a listbox): the
// note-taker types "bud kem", moves with ↑/↓ and takes one with Enter, Tab or Ctrl+Enter.
"use client";
import { useTranslations } from "next-intl";
import { useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

export type TOption = { id: string; label: string; hint?: string | null };

type TProps = {
  id: string;
  label: string;
  options: readonly TOption[];
  /** The chosen option's id, or "" for none. */
  value: string;
  onChange: (id: string) => void;
  errors?: string[];
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
};

const MAX_SHOWN = 200;
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Options whose name or detail contains every word typed, in any order. */
export function filterOptions(options: readonly TOption[], query: string): TOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return options
    .filter((o) => {
      const hay = fold(`${o.label} ${o.hint ?? ""}`);
      return words.every((w) => hay.includes(w));
    })
    .slice(0, MAX_SHOWN);
}

export function Combobox(props: TProps) {
  const { id, label, options, value, onChange, errors, placeholder, inputRef } = props;
  const t = useTranslations("capture.combobox");
  const listId = useId();
  /** What the user is typing; null while the input shows the chosen option. */
  const [query, setQuery] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = options.find((o) => o.id === value) ?? null;
  const matches = useMemo(() => filterOptions(options, query ?? ""), [options, query]);
  const errorId = `${id}-error`;
  const hasError = Boolean(errors?.length);
  const optionId = (i: number) => `${listId}-o${i}`;

  const pick = (option: TOption | undefined) => {
    if (option) onChange(option.id);
    setQuery(null);
    setIsOpen(false);
  };
  const move = (by: number) => {
    if (!isOpen) {
      // Opening shows the list at the chosen name (or the first).
      setIsOpen(true);
      return setActive(
        Math.max(
          0,
          matches.findIndex((o) => o.id === value),
        ),
      );
    }
    if (matches.length === 0) return;
    const next = (active + by + matches.length) % matches.length;
    setActive(next);
    document.getElementById(optionId(next))?.scrollIntoView({ block: "nearest" });
  };
  /** Typed text resolves to the highlighted match; emptied text means none. */
  const settleTyped = () => {
    if (query === null) return;
    if (query.trim() === "") {
      onChange("");
      return pick(undefined);
    }
    pick(matches[active]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.altKey) return; // Alt+↑/↓ moves between agenda items
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      move(e.key === "ArrowDown" ? 1 : -1);
    } else if (e.key === "Enter") {
      // Ctrl+Enter takes the highlighted match and lets the form save; Enter alone never submits.
      if (e.ctrlKey || e.metaKey) return settleTyped();
      e.preventDefault();
      if (isOpen) pick(matches[active]);
      else setIsOpen(true);
    } else if (e.key === "Escape" && (isOpen || query !== null)) {
      e.stopPropagation();
      setQuery(null);
      setIsOpen(false);
    }
  };

  const shown = isOpen ? matches : [];
  return (
    <div className="relative space-y-1">
      <Label htmlFor={id}>{label}</Label>
      <Input
        ref={inputRef}
        id={id}
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isOpen && matches[active] ? optionId(active) : undefined}
        aria-invalid={hasError || undefined}
        aria-describedby={hasError ? errorId : undefined}
        placeholder={placeholder}
        value={query ?? (chosen ? chosen.label + (chosen.hint ? ` (${chosen.hint})` : "") : "")}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setIsOpen(true);
        }}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={settleTyped}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className={cn(
          "absolute z-20 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-300 bg-white py-1 shadow-lg",
          !isOpen && "hidden",
        )}
      >
        {shown.map((o, i) => (
          <li
            key={o.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={cn(
              "cursor-pointer px-3 py-1.5 text-sm text-slate-900",
              i === active && "bg-blue-100 outline-2 -outline-offset-2 outline-blue-700",
              o.id === value && "font-semibold",
            )}
            // Keep the focus in the input: the pick happens before the blur.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
          >
            {o.label}
            {o.hint ? <span className="text-slate-600"> · {o.hint}</span> : null}
          </li>
        ))}
        {isOpen && matches.length === 0 ? (
          <li
            role="option"
            aria-selected={false}
            aria-disabled="true"
            className="px-3 py-1.5 text-sm text-slate-600"
          >
            {t("noMatches")}
          </li>
        ) : null}
      </ul>
      <p className="sr-only" aria-live="polite">
        {isOpen && query !== null ? t("count", { count: matches.length }) : ""}
      </p>
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}
