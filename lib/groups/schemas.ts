import { z } from "zod";
import { requiredLine } from "@/lib/forms";
import { tokenField, uuidField } from "@/lib/ids";
import { GROUP_KINDS } from "./kinds";

// Form input of the groups actions. Messages are keys under errors.field.
export const GROUP_NAME_MAX = 60;

export const groupSchema = z.object({ groupId: uuidField() });

export const newGroupSchema = z.object({
  name: requiredLine(GROUP_NAME_MAX),
  kind: z.enum(GROUP_KINDS, { error: "choose_one" }),
});

export const joinGroupSchema = z.object({ token: tokenField() });
