//! Lists every date expression in an article, sentence by sentence: `cargo run -p article
//! --example dates_in -- data/<article>.txt`. Useful when writing its curated file.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dates_in <article.txt>");
    let bytes = std::fs::read(&path).expect("readable file");
    let doc = article::markup::parse(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    let mut sections: Vec<&article::Section> = Vec::new();
    fn walk<'a>(s: &'a [article::Section], out: &mut Vec<&'a article::Section>) {
        for x in s {
            out.push(x);
            walk(&x.sections, out);
        }
    }
    walk(&doc.sections, &mut sections);
    let lead = doc.lead.iter().map(|b| ("(lead)", b));
    let rest = sections.iter().flat_map(|s| {
        for f in article::dates::scan(&s.title) {
            println!("HEADING {:?}: {:?}", s.title, f.wording);
        }
        s.blocks.iter().map(move |b| (s.id.as_str(), b))
    });
    for (section, block) in lead.chain(rest) {
        for sentence in block.sentences() {
            let found = article::dates::scan(&sentence.text);
            if !found.is_empty() {
                let w: Vec<_> = found.iter().map(|f| f.wording.as_str()).collect();
                println!("{section} {} {:?}\n    {}", sentence.id, w, sentence.text);
            }
        }
    }
}
