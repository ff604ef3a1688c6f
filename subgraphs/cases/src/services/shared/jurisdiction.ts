import { escapeRegExp, forbidden, type Viewer } from '@ykb/common';

/**
 * Filter for records in a staff viewer's jurisdiction: the division
 * subtree by an anchored prefix regex, which can use an index, and the
 * viewer's department when it has one.
 */
export function jurisdictionFilter(viewer: Viewer): Record<string, unknown> {
  if (!viewer.divisionCode)
    throw forbidden('Your account has no division, so it has no jurisdiction.');
  const filter: Record<string, unknown> = {
    divisionCode: { $regex: `^${escapeRegExp(viewer.divisionCode)}` },
  };
  if (viewer.departmentCode) filter.departmentCode = viewer.departmentCode;
  return filter;
}
