/**
 * English function words, folded (no apostrophes). They carry no story: dropped before counting.
 * Words of other languages are kept: inverse document frequency already discounts the common ones,
 * and a foreign stopword list would eat English content words ("war", "die", "main").
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although am among an and another any anyone
  anything are aren around as at be became because become been before being below between both but by
  can cannot could couldnt did didnt do does doesnt doing dont done down during each either else even
  ever every few for from further get gets got had hadnt has hasnt have havent having he hed hell hes
  her here heres hers herself him himself his how hows however i id ill im ive if in into is isnt it
  its itself just lets like made make many may me might more most much must mustnt my myself neither
  no nor not now of off often on once one only or other others ought our ours ourselves out over own
  per quite rather really same say said says shall shant she shed shell shes should shouldnt since so
  some still such than that thats the their theirs them themselves then there theres these they theyd
  theyll theyre theyve this those though through thus to too toward towards under until up upon us
  very via was wasnt we wed well were weve werent what whats when whens where wheres whether which
  while who whom whos whose why whys will with within without wont would wouldnt yet you youd youll
  your youre yours yourself yourselves youve`
    .split(/\s+/)
    .filter(Boolean),
);
