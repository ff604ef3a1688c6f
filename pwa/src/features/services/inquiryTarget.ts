/** Choice of what an inquiry is about, with '' where nothing is chosen. */
export interface InquiryChoice {
  caseId: string;
  itemId: string;
  departmentCode: string;
  divisionCode: string;
}

/** Routing fields of SubmitInquiryInput, null where they are not sent. */
export interface InquiryTarget {
  caseId: string | null;
  itemId: string | null;
  departmentCode: string | null;
  divisionCode: string | null;
}

/** Reason the server would reject a choice: no case, item or department, or no division. */
export type InquiryProblem = 'target' | 'division';

/**
 * Returns the routing fields to send, in the order the server routes by: a
 * case alone, because the case's department and division receive the
 * inquiry, else an item or a department with the division whose department
 * receives it. Returns the problem instead when the server would reject the
 * choice.
 */
export function inquiryTarget(
  choice: InquiryChoice,
): InquiryTarget | { problem: InquiryProblem } {
  if (choice.caseId)
    return {
      caseId: choice.caseId,
      itemId: null,
      departmentCode: null,
      divisionCode: null,
    };
  if (!choice.itemId && !choice.departmentCode) return { problem: 'target' };
  if (!choice.divisionCode) return { problem: 'division' };
  return {
    caseId: null,
    itemId: choice.itemId || null,
    departmentCode: choice.itemId ? null : choice.departmentCode,
    divisionCode: choice.divisionCode,
  };
}
