/**
 * How a request to speak is named in the logs: `Nguyễn Văn An (UBND huyện Tam Nông)`, and only
 * what is known: the name alone when the request names no hall, the hall alone when it names no
 * person, never an empty pair of brackets (a link without a hall printed "Đại biểu Sở TT&TT ()").
 */
export const speakerLabel = (request: { speakerName: string; bridgePointName: string }): string => {
  const name = request.speakerName.trim();
  const hall = request.bridgePointName.trim();
  if (name && hall) return `${name} (${hall})`;
  return name || hall;
};
