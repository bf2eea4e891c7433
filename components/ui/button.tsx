// Button primitive (shadcn style): one look per intent, keyboard focus always visible.
import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

// The classes are defined once in app/globals.css (ui-btn-*): the utility lists were repeated in
// every button's markup. A className given here still wins (utilities come after components).
const buttonVariants = cva("ui-btn", {
  variants: {
    variant: {
      default: "ui-btn-default",
      secondary: "ui-btn-secondary",
      ghost: "ui-btn-ghost",
      destructive: "ui-btn-destructive",
      link: "ui-btn-link",
    },
    size: { default: "ui-btn-md", sm: "ui-btn-sm", icon: "ui-btn-icon" },
  },
  defaultVariants: { variant: "default", size: "default" },
});

export type TButtonProps = ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & { asChild?: boolean };

export function Button({ className, variant, size, asChild = false, ...props }: TButtonProps) {
  const Comp = asChild ? Slot : "button";
  return <Comp className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}

export { buttonVariants };
