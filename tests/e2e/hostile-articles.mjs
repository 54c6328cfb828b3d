// Articles a host page could bring to <article-viewer>, each the worst of its kind that the
// validator accepts (crates/article/src/validate.rs: the limits). The security
// tests show each one within the timeout; the benchmark times each to a rendered first screen.

const WORDS = ["Tehran", "Gaza", "funding", "rockets", "according", "report", "training", "in", "the", "of", "and"];

/** A valid article of `sections` sections (titles `title` characters long), each `blocks`
 * blocks of `sentences` sentences, every sentence `words` words long with `names` entity
 * mentions, and `events` events (one for each of the first sentences, quoting the sentence's
 * end). */
export function makeArticle({ sections = 1, title = 3, blocks = 1, sentences = 1, words = 10, names = 0, events = 0, entities = 1, extra = {} }) {
  const article = {
    schema_version: 1,
    title: "A brought article",
    credit: { source: "A test", licence: "CC BY-SA 4.0", licence_url: "https://creativecommons.org/licenses/by-sa/4.0/", note: "Made by a test." },
    lead: [],
    sections: [],
    events: [],
    entities: [],
  };
  for (let e = 0; e < entities; e++) {
    article.entities.push({ id: `entity-${e}`, name: `Name ${e}`, kind: "person", aliases: [], mentions: [] });
  }
  let n = 0;
  for (let k = 0; k < sections; k++) {
    const slug = k === 0 ? "one" : `s${k}`;
    const heading = `Section ${k} ${"x".repeat(Math.max(0, title - 12))}`.slice(0, Math.max(title, 3));
    const section = { id: `section-${slug}`, title: heading, level: 2, blocks: [], sections: [] };
    article.sections.push(section);
    for (let b = 0; b < blocks; b++) {
      const block = { kind: "paragraph", id: `block-${slug}-${b + 1}`, sentences: [] };
      for (let s = 0; s < sentences; s++) {
        const parts = [];
        for (let w = 0; w < words; w++) parts.push(WORDS[(n + w) % WORDS.length]);
        const date = `${1900 + (n % 100)}`;
        const text = `In ${date} ${parts.join(" ")}.`;
        const id = `${block.id}-s${s + 1}`;
        block.sentences.push({ id, text });
        // Mentions spread over the sentence's words.
        for (let m = 0; m < names; m++) {
          const entity = article.entities[(n + m) % entities];
          const start = Math.min(text.length - 2, Math.floor((m * text.length) / Math.max(names, 1)));
          entity.mentions.push({ block: block.id, sentence: id, start, len: 2 });
        }
        if (article.events.length < events) {
          const quote = text.slice(-40);
          article.events.push({
            id: `event-${n + 1}`, title: `Event ${n + 1}`, section: section.id, block: block.id, sentence: id, quote,
            date: { wording: date, start: `${date}-01-01`, end: `${date}-12-31`, precision: "year", approximate: false, inferred_from: null },
            attribution: null, speaker: null, figures: [], entities: [article.entities[n % entities].id],
          });
        }
        n++;
      }
      section.blocks.push(block);
    }
  }
  article.events.sort((a, b) => (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0));
  Object.assign(article, extra);
  return article;
}

/** The worst cases, by name: each pushes one limit of docs/article-schema.md as far as the
 * validator lets it, and the last all of them at once. */
export const WORST = {
  // 2,000 sentences (the most), 200 to a block (the most).
  "many sentences in a block": () => makeArticle({ blocks: 10, sentences: 200, words: 3 }),
  // Sentences of nearly 5,000 characters (the most), 292,000 characters in all (the most is
  // 300,000), each with an event quoting its end.
  "long sentences quoted at their end": () => makeArticle({ blocks: 12, sentences: 5, words: 785, events: 60 }),
  // 50 names in a sentence (the most), 2,000 in all (the most), from 1,000 entities (the most).
  "many names in a sentence": () => makeArticle({ blocks: 4, sentences: 10, words: 60, names: 50, entities: 1_000 }),
  // 500 events (the most), one a sentence.
  "many events": () => makeArticle({ blocks: 10, sentences: 50, words: 8, events: 500 }),
  // 300 sections (the most) with titles of 300 characters (the most), 6 one-sentence blocks
  // each (1,800 blocks; the most is 2,000).
  "many sections with long titles": () => makeArticle({ sections: 300, title: 300, blocks: 6, sentences: 1, words: 8 }),
  // Every total at its most at once: 2,000 sentences of 130 characters, 500 events, 2,000
  // names of 1,000 entities.
  "every limit at once": () => makeArticle({ blocks: 10, sentences: 200, words: 18, names: 1, events: 500, entities: 1_000 }),
};
