// The agenda builder: add, edit, remove and reorder items (Move up/down buttons or drag and
// drop), each change saved at once. Moves are shown optimistically and announced to screen readers.
// An edit or removal names the item's version, a reorder the whole agenda: when someone else changed
// it meanwhile, nothing is saved and the builder offers to reload the agenda.
"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorText } from "@/components/ui/field-error";
import { Section } from "@/components/ui/section";
import type { TActionResult } from "@/lib/action/result";
import {
  addGeneratedItemsAction,
  createAgendaItemAction,
  deleteAgendaItemAction,
  reorderAgendaAction,
  updateAgendaItemAction,
} from "@/lib/agenda/actions";
import { moveItem, moveItemTo } from "@/lib/agenda/order";
import type { TAgendaItem } from "@/lib/agenda/schema";
import { AgendaItemForm } from "./agenda-item-form";
import { RemoveItemButton } from "./remove-item-button";

export function AgendaBuilder({ meetingId, items }: { meetingId: string; items: TAgendaItem[] }) {
  const t = useTranslations("meeting.agendaBuilder");
  const router = useRouter();
  const [shown, setShown] = useOptimistic(items);
  const [isPending, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState("");
  const [error, setError] = useState<string | null>(null);
  /** The last change was refused because someone else changed the agenda meanwhile. */
  const [isStale, setIsStale] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [dragIndex, setDragIndex] = useState<number | null>(null);

  const showResult = (result: TActionResult<unknown>, done: string) => {
    setError(result.ok ? null : result.message);
    setIsStale(!result.ok && result.code === "CONFLICT");
    setAnnouncement(result.ok ? done : result.message);
  };

  const reload = () => {
    setError(null);
    setIsStale(false);
    router.refresh();
  };

  const saveOrder = (next: TAgendaItem[], moved: TAgendaItem) => {
    if (next.every((item, i) => item.id === shown[i].id)) return;
    setError(null);
    startTransition(async () => {
      setShown(next);
      const result = await reorderAgendaAction({ meetingId, itemIds: next.map((i) => i.id) });
      const position = next.findIndex((i) => i.id === moved.id) + 1;
      showResult(result, t("moved", { title: moved.title, position, total: next.length }));
    });
  };

  const run = (action: () => Promise<TActionResult<unknown>>, done: string) =>
    startTransition(async () => showResult(await action(), done));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          disabled={isPending}
          onClick={() => run(() => addGeneratedItemsAction({ meetingId }), t("generatedAdded"))}
        >
          {t("addGenerated")}
        </Button>
      </div>
      <p className="sr-only" aria-live="assertive" role="status">
        {announcement}
      </p>
      <ErrorText>{error}</ErrorText>
      {isStale ? (
        <Button variant="secondary" size="sm" onClick={reload}>
          {t("reload")}
        </Button>
      ) : null}
      {shown.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ol className="space-y-2" aria-label={t("listLabel")}>
        {shown.map((item, index) => (
          <li
            key={item.id}
            draggable={editingId === null}
            onDragStart={(e) => {
              setDragIndex(index);
              e.dataTransfer.effectAllowed = "move";
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragIndex !== null) saveOrder(moveItemTo(shown, dragIndex, index), shown[dragIndex]);
              setDragIndex(null);
            }}
            className="rounded-md border border-slate-200 bg-white p-3 data-[dragging=true]:opacity-50"
            data-dragging={dragIndex === index}
          >
            {editingId === item.id ? (
              <AgendaItemForm
                idPrefix={`edit-${item.id}`}
                item={item}
                submitLabel={t("save")}
                onSubmit={(input, version) =>
                  updateAgendaItemAction({
                    ...input,
                    version: version ?? item.version,
                    meetingId,
                    itemId: item.id,
                  })
                }
                onDone={() => setEditingId(null)}
                onCancel={() => setEditingId(null)}
              />
            ) : (
              <div className="flex flex-wrap items-center gap-3">
                <span aria-hidden className="cursor-grab select-none text-slate-400">
                  ⠿
                </span>
                <span className="w-6 text-sm font-semibold text-slate-700">{index + 1}.</span>
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">{item.title}</p>
                  <p className="text-sm text-slate-600">
                    {[
                      item.presenter?.name,
                      item.plannedMinutes ? t("minutes", { n: item.plannedMinutes }) : null,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {item.kind === "REGULAR" ? null : <Badge className="mt-1">{t(`kind.${item.kind}`)}</Badge>}
                </div>
                <div className="flex flex-wrap gap-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={isPending || index === 0}
                    aria-label={t("moveUpLabel", { title: item.title })}
                    onClick={() => saveOrder(moveItem(shown, index, -1), item)}
                  >
                    {t("moveUp")}
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={isPending || index === shown.length - 1}
                    aria-label={t("moveDownLabel", { title: item.title })}
                    onClick={() => saveOrder(moveItem(shown, index, 1), item)}
                  >
                    {t("moveDown")}
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    disabled={isPending}
                    aria-label={t("editLabel", { title: item.title })}
                    onClick={() => setEditingId(item.id)}
                  >
                    {t("edit")}
                  </Button>
                  <RemoveItemButton
                    title={item.title}
                    disabled={isPending}
                    onConfirm={() =>
                      run(
                        () => deleteAgendaItemAction({ meetingId, itemId: item.id, version: item.version }),
                        t("removed", { title: item.title }),
                      )
                    }
                  />
                </div>
              </div>
            )}
          </li>
        ))}
      </ol>
      <Section id="add-agenda-item" title={t("addTitle")} isBoxed>
        <AgendaItemForm
          idPrefix="new-item"
          submitLabel={t("add")}
          onSubmit={(input) => createAgendaItemAction({ ...input, meetingId })}
          onDone={() => setAnnouncement(t("added"))}
        />
      </Section>
    </div>
  );
}
