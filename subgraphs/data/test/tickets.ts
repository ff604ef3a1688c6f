/** One JSON Lines row of the halls.tickets dataset: ticket B<i> of hall-500238 on 1 April 2026. */
export function ticketLine(i: number): string {
  const key = `hall-500238:2026-04-01:B${String(i).padStart(3, '0')}`;
  return JSON.stringify({
    key,
    divisionCode: '500238',
    values: {
      ticketNumber: `B${String(i).padStart(3, '0')}`,
      hallId: 'hall-500238',
      category: 'GENERAL',
      mobile: `1390000${String(i).padStart(4, '0')}`,
      waitedMinutes: String(i),
      serviceDate: '2026-04-01',
    },
  });
}
