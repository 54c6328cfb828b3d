//! Prints each event of an article with its people and organisations, to audit rule 4 by eye:
//! `cargo run -p article --example entities_of data/x.txt`.
fn main() {
    let path = std::env::args().nth(1).expect("an article path");
    let text = std::fs::read(&path).expect("readable article");
    let curated_path = article::ingest::curated_path(&path);
    let curated = std::fs::read(&curated_path).ok();
    let a = article::ingest(
        article::SourceFile { name: &path, bytes: &text },
        curated.as_deref().map(|bytes| article::SourceFile { name: &curated_path, bytes }),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    for e in &a.events {
        let names: Vec<&str> = e
            .entities
            .iter()
            .filter_map(|id| a.entities.iter().find(|x| &x.id == id))
            .map(|x| x.name.as_str())
            .collect();
        println!("{:45} {}", e.id, names.join(", "));
    }
}
