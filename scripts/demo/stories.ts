/**
 * The demo newsroom's content: three invented stories, covered by real outlets' host names across
 * the spectrum, each in its own framing. Written for Parallax; no outlet wrote any of it.
 *
 * An article is built from its own headline and lede (the framing), a few of the story's shared
 * facts (what every outlet reports), and a closing quote the outlet chose.
 */

export interface DemoOutlet {
  /** The host the demo serves it under (sent to 127.0.0.1 by --host-resolver-rules). */
  host: string;
  name: string;
  /** In no dataset: Parallax cannot subscribe to its feed until the reader adds the outlet. */
  unknown?: true;
}

export interface DemoArticle {
  host: string;
  slug: string;
  headline: string;
  lede: string;
  author: string;
  /** Hours after the story broke. */
  hoursAfter: number;
  /** Indexes into the story's facts, in the order the article tells them. */
  facts: number[];
  quote: number;
}

export interface DemoStory {
  id: string;
  /** ISO date-time at which the story broke, relative to the demo's clock (see storyTime). */
  hoursAgo: number;
  facts: string[];
  quotes: string[];
  articles: DemoArticle[];
}

export const demoOutlets: DemoOutlet[] = [
  { host: 'www.huffpost.com', name: 'HuffPost' },
  { host: 'www.theguardian.com', name: 'The Guardian' },
  { host: 'www.msnbc.com', name: 'MSNBC' },
  { host: 'www.nytimes.com', name: 'The New York Times' },
  { host: 'www.cnn.com', name: 'CNN' },
  { host: 'apnews.com', name: 'Associated Press' },
  { host: 'www.reuters.com', name: 'Reuters' },
  { host: 'www.bbc.com', name: 'BBC News' },
  { host: 'nypost.com', name: 'New York Post' },
  { host: 'www.washingtonexaminer.com', name: 'Washington Examiner' },
  { host: 'www.foxnews.com', name: 'Fox News' },
  { host: 'www.breitbart.com', name: 'Breitbart' },
  { host: 'www.sfchronicle.com', name: 'San Francisco Chronicle' },
  { host: 'www.wsj.com', name: 'The Wall Street Journal' },
  { host: 'www.nationalreview.com', name: 'National Review' },
  // An invented local paper, in no dataset: the popup's "unknown outlet" state.
  { host: 'www.northfieldledger.com', name: 'The Northfield Ledger', unknown: true },
];

const wage: DemoStory = {
  id: 'minimum-wage',
  hoursAgo: 20,
  facts: [
    'The House voted 232 to 201 on Thursday to raise the federal minimum wage from $7.25 to $12 an hour by 2029.',
    'Eighteen Republicans joined Democrats in backing the Fair Pay Phase-In Act, which now heads to the Senate.',
    'The Congressional Budget Office estimated the increase would lift pay for 9.4 million workers.',
    'The same CBO report projected that 310,000 jobs could be lost once the $12 rate is fully in effect.',
    'The federal minimum wage has not changed since July 2009, the longest stretch without a raise since it was created in 1938.',
    'Thirty states and the District of Columbia already require more than $7.25 an hour.',
    'Senate Majority Leader Karen Whitfield said she would bring the bill to the floor before the end of the year.',
    'The bill raises the tipped minimum wage, now $2.13, in equal steps until it matches the regular minimum.',
  ],
  quotes: [
    '"Nobody who works full time in America should live in poverty," said Representative Maria Delgado of California, the bill\'s sponsor.',
    '"This is a job-killing mandate that small businesses in my district simply cannot absorb," said Representative Tom Harlan of Ohio.',
    '"It is a modest step, phased in over three years, and the evidence says most workers will come out ahead," said economist Lena Park of Brookings.',
    '"Washington is once again telling the corner diner how to run its kitchen," said Jill Morrow of the National Federation of Independent Business.',
  ],
  articles: [
    {
      host: 'www.huffpost.com',
      slug: 'house-passes-minimum-wage-raise-workers',
      headline: 'Workers Win Long Overdue Raise As House Passes $12 Minimum Wage',
      lede: "After 17 years of frozen pay for America's lowest-paid workers, House Democrats delivered a long overdue raise, defying corporate lobbyists who spent millions to stop it.",
      author: 'Alana Rivers',
      hoursAfter: 1,
      facts: [0, 4, 2, 7],
      quote: 0,
    },
    {
      host: 'www.theguardian.com',
      slug: 'us-house-minimum-wage-12-dollars',
      headline: 'US House votes to lift minimum wage to $12 in first rise since 2009',
      lede: 'Low-paid workers across the US moved a step closer to their first federal pay rise in more than a decade and a half, as the House backed a phased increase to a living wage.',
      author: 'Daniel Okafor',
      hoursAfter: 3,
      facts: [0, 4, 5, 2, 6],
      quote: 0,
    },
    {
      host: 'www.msnbc.com',
      slug: 'minimum-wage-vote-house-republicans',
      headline: 'Most Republicans just voted against a raise for 9 million workers',
      lede: 'Working families watched as most House Republicans lined up against a living wage that polls show a large majority of Americans support.',
      author: 'Chris Hale',
      hoursAfter: 4,
      facts: [1, 2, 0, 4],
      quote: 0,
    },
    {
      host: 'www.nytimes.com',
      slug: 'house-minimum-wage-bill-vote',
      headline: 'House Passes Bill to Raise Federal Minimum Wage to $12',
      lede: 'The House on Thursday approved the first increase in the federal minimum wage since 2009, sending a phased plan to a closely divided Senate.',
      author: 'Emily Tran',
      hoursAfter: 2,
      facts: [0, 1, 2, 3, 6],
      quote: 2,
    },
    {
      host: 'www.cnn.com',
      slug: 'house-vote-minimum-wage-increase',
      headline: 'House approves minimum wage hike to $12, setting up Senate fight',
      lede: 'The House passed a bill on Thursday that would raise the federal minimum wage for the first time in 17 years, with 18 Republicans crossing the aisle.',
      author: 'Jordan Ames',
      hoursAfter: 2,
      facts: [0, 1, 2, 3, 6],
      quote: 0,
    },
    {
      host: 'apnews.com',
      slug: 'minimum-wage-house-vote-12-dollars',
      headline: 'House passes bill to raise federal minimum wage to $12 an hour',
      lede: 'WASHINGTON (AP) — The House passed legislation Thursday that would raise the federal minimum wage to $12 an hour by 2029, the first increase since 2009.',
      author: 'Kevin Marsh',
      hoursAfter: 0,
      facts: [0, 1, 2, 3, 6, 7],
      quote: 2,
    },
    {
      host: 'www.reuters.com',
      slug: 'us-house-approves-minimum-wage-increase',
      headline: 'US House approves phased federal minimum wage rise to $12',
      lede: 'The U.S. House of Representatives on Thursday approved raising the federal minimum wage to $12 an hour in steps through 2029, sending the measure to the Senate.',
      author: 'Sarah Lindqvist',
      hoursAfter: 1,
      facts: [0, 1, 3, 2, 5],
      quote: 2,
    },
    {
      host: 'www.bbc.com',
      slug: 'us-minimum-wage-house-vote',
      headline: 'US minimum wage: House backs first rise since 2009',
      lede: 'The US House of Representatives has voted to raise the national minimum wage to $12 an hour, though the bill faces an uncertain future in the Senate.',
      author: 'Rachel Quinn',
      hoursAfter: 5,
      facts: [0, 4, 5, 2, 3],
      quote: 2,
    },
    {
      host: 'nypost.com',
      slug: 'house-democrats-minimum-wage-jobs',
      headline: 'House Dems ram through $12 wage mandate as CBO warns of 310K lost jobs',
      lede: 'House Democrats muscled through a costly minimum wage mandate Thursday, brushing aside a budget office warning that hundreds of thousands of jobs could vanish.',
      author: 'Mike Costa',
      hoursAfter: 3,
      facts: [3, 0, 1, 6],
      quote: 1,
    },
    {
      host: 'www.washingtonexaminer.com',
      slug: 'minimum-wage-bill-small-business-inflation',
      headline: 'Minimum wage bill would squeeze small businesses already battered by inflation',
      lede: 'The minimum wage hike passed by the House would pile new labor costs on small businesses still struggling with inflation, critics warned.',
      author: 'Grace Holloway',
      hoursAfter: 6,
      facts: [3, 0, 5, 7],
      quote: 3,
    },
    {
      host: 'www.foxnews.com',
      slug: 'house-passes-job-killing-minimum-wage-hike',
      headline: 'House passes job-killing minimum wage hike, critics warn of small business closures',
      lede: 'House Democrats passed a sweeping minimum wage hike on Thursday that critics say will force small businesses to cut jobs and raise prices on struggling families.',
      author: 'Brett Lawson',
      hoursAfter: 4,
      facts: [3, 0, 1, 7],
      quote: 1,
    },
    {
      host: 'www.northfieldledger.com',
      slug: 'what-the-minimum-wage-bill-means-for-northfield',
      headline: 'What the House minimum wage bill would mean for Northfield workers',
      lede: 'Hundreds of Northfield workers earning the federal minimum could see their pay rise by 2029 under a bill the House passed on Thursday.',
      author: 'Pat Greer',
      hoursAfter: 8,
      facts: [0, 5, 2, 3],
      quote: 2,
    },
  ],
};

const wildfire: DemoStory = {
  id: 'sierra-wildfire',
  hoursAgo: 44,
  facts: [
    'The Cedar Ridge Fire has burned more than 41,000 acres in Placer and Nevada counties since it started on Tuesday afternoon.',
    'Officials ordered about 40,000 residents to evacuate, including the entire town of Colfax.',
    'Cal Fire said the blaze was 12% contained on Thursday morning, with 2,300 firefighters on the lines.',
    'Winds gusting to 50 mph drove the fire across Interstate 80, which remains closed between Auburn and Emigrant Gap.',
    'At least 160 homes and outbuildings have been destroyed, according to a preliminary damage count.',
    'Governor Alicia Moreno declared a state of emergency for both counties on Wednesday night.',
    'Two firefighters were treated for heat exhaustion; no deaths have been reported.',
  ],
  quotes: [
    '"We left with the clothes we had on and the dog," said Colfax resident Dana Whitcomb, who spent the night at a shelter in Auburn.',
    '"Conditions this late in the season are something we did not see a generation ago," said Cal Fire battalion chief Marco Ruiz.',
    '"Years of neglected forest management turned these hills into a tinderbox," said state Senator Doug Pratt.',
  ],
  articles: [
    {
      host: 'www.theguardian.com',
      slug: 'california-cedar-ridge-fire-evacuations-climate',
      headline: 'California wildfire forces 40,000 to flee as climate crisis stretches fire season',
      lede: 'A fast-moving wildfire fuelled by late-season heat and wind forced tens of thousands of people from their homes in the Sierra Nevada foothills, the latest sign of a fire season the climate crisis has made longer.',
      author: 'Maya Stern',
      hoursAfter: 6,
      facts: [1, 0, 2, 3],
      quote: 1,
    },
    {
      host: 'www.nytimes.com',
      slug: 'cedar-ridge-fire-california-evacuations',
      headline: 'Cedar Ridge Fire Forces 40,000 From Homes in Northern California',
      lede: 'A wind-driven wildfire tore through the foothills east of Sacramento, closing Interstate 80 and forcing the evacuation of an entire town.',
      author: 'Luis Ortega',
      hoursAfter: 4,
      facts: [1, 0, 3, 2, 4, 5],
      quote: 0,
    },
    {
      host: 'apnews.com',
      slug: 'california-wildfire-cedar-ridge-evacuations',
      headline: 'Wildfire in Northern California forces 40,000 to evacuate',
      lede: 'COLFAX, Calif. (AP) — A wildfire whipped by strong winds raced through Northern California foothills, forcing about 40,000 people to evacuate and closing a stretch of Interstate 80.',
      author: 'Janie Cole',
      hoursAfter: 0,
      facts: [1, 0, 3, 2, 4, 6],
      quote: 0,
    },
    {
      // A wire copy: the Chronicle runs the AP story word for word, as local papers do.
      host: 'www.sfchronicle.com',
      slug: 'wildfire-northern-california-40000-evacuate',
      headline: 'Wildfire in Northern California forces 40,000 to evacuate',
      lede: 'COLFAX, Calif. (AP) — A wildfire whipped by strong winds raced through Northern California foothills, forcing about 40,000 people to evacuate and closing a stretch of Interstate 80.',
      author: 'Janie Cole, Associated Press',
      hoursAfter: 1,
      facts: [1, 0, 3, 2, 4, 6],
      quote: 0,
    },
    {
      host: 'www.reuters.com',
      slug: 'california-wildfire-forces-evacuation-40000',
      headline: 'California wildfire forces evacuation of 40,000, shuts Interstate 80',
      lede: 'A wildfire in Northern California forced some 40,000 people to flee on Thursday and shut a major interstate, fire officials said.',
      author: 'Tom Becker',
      hoursAfter: 2,
      facts: [1, 0, 3, 2, 5],
      quote: 1,
    },
    {
      host: 'www.bbc.com',
      slug: 'california-wildfire-colfax-evacuated',
      headline: 'California wildfire: Entire town evacuated as Cedar Ridge Fire spreads',
      lede: 'Firefighters in California are battling a wildfire that has forced around 40,000 people to leave their homes, including every resident of the town of Colfax.',
      author: 'Helen Marsh',
      hoursAfter: 8,
      facts: [1, 0, 2, 4, 6],
      quote: 0,
    },
    {
      host: 'www.foxnews.com',
      slug: 'california-wildfire-forest-management-evacuations',
      headline: 'California wildfire forces 40,000 to evacuate as critics blast state forest management',
      lede: "A massive wildfire forced tens of thousands of Californians from their homes this week, renewing criticism of Sacramento's forest management policies.",
      author: 'Dean Walters',
      hoursAfter: 9,
      facts: [1, 0, 4, 3],
      quote: 2,
    },
    {
      host: 'nypost.com',
      slug: 'california-cedar-ridge-wildfire-residents-flee',
      headline: 'Terrified residents flee as monster California wildfire jumps interstate',
      lede: 'Residents grabbed what they could and ran as a monster wildfire roared across Interstate 80 in Northern California.',
      author: 'Kelly Shaw',
      hoursAfter: 7,
      facts: [3, 1, 0, 4],
      quote: 0,
    },
  ],
};

const ageCheck: DemoStory = {
  id: 'age-verification',
  hoursAgo: 30,
  facts: [
    'The Supreme Court on Wednesday heard arguments over a Texas law that requires social media platforms to verify the age of every user.',
    "The law, House Bill 1181, bars anyone under 16 from opening an account without a parent's written consent.",
    'NetChoice, a trade group whose members include Meta and Google, argues the law violates the First Amendment.',
    'Texas Solicitor General Aaron Blake told the justices that the state has a compelling interest in protecting children from harmful content.',
    "Several justices questioned whether uploading a government ID to use a website burdens adults' free speech.",
    'Nineteen states have passed similar age-verification laws since 2023, and a ruling is expected by June.',
  ],
  quotes: [
    '"Parents have been begging for help, and Texas answered," said Texas Attorney General Ken Morales.',
    '"Big Tech has spent years profiting off our kids, and now it wants the Constitution to protect that business model," said Senator Josh Reynolds.',
    '"Every adult would have to hand over ID to read the news online," said NetChoice counsel Amy Chen.',
  ],
  articles: [
    {
      host: 'www.foxnews.com',
      slug: 'supreme-court-texas-social-media-law-protect-kids',
      headline: 'Supreme Court weighs Texas law protecting kids from Big Tech',
      lede: 'Texas asked the Supreme Court on Wednesday to uphold a landmark law protecting children from Big Tech platforms, as parents rallied outside the court.',
      author: 'Brett Lawson',
      hoursAfter: 1,
      facts: [0, 1, 3, 5],
      quote: 0,
    },
    {
      host: 'www.breitbart.com',
      slug: 'scotus-texas-age-verification-big-tech',
      headline: 'Big Tech Lawyers Fight Texas Law to Protect Children at Supreme Court',
      lede: "Big Tech's lobbyists went before the Supreme Court on Wednesday to fight a Texas law that shields children from online predators and addictive apps.",
      author: 'Wendy Price',
      hoursAfter: 3,
      facts: [2, 0, 1, 3],
      quote: 1,
    },
    {
      host: 'www.washingtonexaminer.com',
      slug: 'supreme-court-age-verification-texas-arguments',
      headline: 'Justices signal sympathy for Texas in social media age-verification case',
      lede: "Several conservative justices appeared open to Texas's argument that states may require age checks to protect children online.",
      author: 'Grace Holloway',
      hoursAfter: 4,
      facts: [0, 3, 1, 5],
      quote: 0,
    },
    {
      host: 'nypost.com',
      slug: 'supreme-court-texas-kids-social-media',
      headline: "Supreme Court hears Texas bid to keep kids off social media without parents' OK",
      lede: "Texas took its fight to keep young teens off social media without their parents' permission to the Supreme Court on Wednesday.",
      author: 'Mike Costa',
      hoursAfter: 5,
      facts: [1, 0, 3, 2],
      quote: 0,
    },
    {
      host: 'www.reuters.com',
      slug: 'us-supreme-court-texas-age-verification-law',
      headline: 'US Supreme Court weighs Texas social media age-verification law',
      lede: "The U.S. Supreme Court on Wednesday considered whether a Texas law requiring social media platforms to verify users' ages violates free speech protections.",
      author: 'Sarah Lindqvist',
      hoursAfter: 2,
      facts: [0, 1, 2, 3, 4, 5],
      quote: 2,
    },
    {
      host: 'www.bbc.com',
      slug: 'us-supreme-court-texas-social-media-age-checks',
      headline: 'US Supreme Court hears challenge to Texas social media age checks',
      lede: 'The US Supreme Court has heard arguments over a Texas law requiring social media companies to check the age of everyone who signs up.',
      author: 'Rachel Quinn',
      hoursAfter: 6,
      facts: [0, 1, 2, 4, 5],
      quote: 2,
    },
    {
      host: 'www.wsj.com',
      slug: 'supreme-court-texas-age-verification-netchoice',
      headline: 'Supreme Court Weighs Texas Age-Verification Law for Social Media',
      lede: "Supreme Court justices on Wednesday questioned both sides in a fight over whether Texas can require social media platforms to verify users' ages.",
      author: 'Nora Feld',
      hoursAfter: 2,
      facts: [0, 2, 3, 4, 5],
      quote: 2,
    },
    {
      host: 'www.nationalreview.com',
      slug: 'texas-age-verification-supreme-court-parents',
      headline: 'At the Supreme Court, Texas Stands Up for Parents Against Big Tech',
      lede: 'Texas defended its social media age-verification law before the Supreme Court on Wednesday, and parents should hope the justices side with the state.',
      author: 'Dan Hersh',
      hoursAfter: 7,
      facts: [1, 0, 3, 5],
      quote: 1,
    },
  ],
};

export const demoStories: DemoStory[] = [wage, wildfire, ageCheck];

/** The article's publication time, counted back from `now` so the demo is always fresh. */
export function publishedAt(story: DemoStory, article: DemoArticle, now: Date): Date {
  return new Date(now.getTime() - (story.hoursAgo - article.hoursAfter) * 3_600_000);
}

/** The article's paragraphs: its lede, the facts it tells in its order, and its closing quote. */
export function articleParagraphs(story: DemoStory, article: DemoArticle): string[] {
  return [article.lede, ...article.facts.map((index) => story.facts[index]!), story.quotes[article.quote]!];
}

export function articleUrl(origin: string, article: DemoArticle): string {
  return `${origin}/news/${article.slug}`;
}

/** The article the demo and the end-to-end tests open: the New York Times on the wildfire. */
export const featuredArticle = wildfire.articles.find((article) => article.host === 'www.nytimes.com')!;

/** A story's article by its outlet's host. */
export function demoArticle(storyId: string, host: string): DemoArticle {
  const article = demoStories.find((story) => story.id === storyId)?.articles.find((a) => a.host === host);
  if (!article) throw new Error(`No demo article by ${host} on ${storyId}`);
  return article;
}
