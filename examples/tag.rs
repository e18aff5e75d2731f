//! Print the segmenter's words and tags for stdin, one sentence a line: `word/tag`.
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let extractor = xinwen::Extractor::new()?;
    let words: Vec<String> = extractor
        .tag(&text)
        .into_iter()
        .map(|(w, t)| format!("{w}/{t}"))
        .collect();
    println!("{}", words.join(" "));
    Ok(())
}
