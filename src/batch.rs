//! Many documents at once: in parallel on rayon's thread pool (feature `parallel`, on
//! by default), results in input order.

use crate::extractor::Extractor;
use crate::model::Extraction;
use crate::options::Options;

impl Extractor {
    /// Extract every text, in parallel when the `parallel` feature is on; the results are
    /// in input order. Runs on the current rayon pool, so `pool.install(|| …)` chooses
    /// the number of threads.
    ///
    /// ```
    /// let extractor = xinwen::Extractor::new()?;
    /// let results = extractor.extract_batch(&["张伟表示同意。", "", "营收3亿元。"]);
    /// assert_eq!(results.len(), 3);
    /// assert!(results[1].entities().is_empty());
    /// # Ok::<(), xinwen::Error>(())
    /// ```
    pub fn extract_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Extraction> {
        self.run_batch(texts, |text| self.extract(text.as_ref()))
    }

    /// Like [`extract_batch`](Self::extract_batch), each text with its own options
    /// (e.g. its own reference date).
    pub fn extract_batch_with<S: AsRef<str> + Sync>(
        &self,
        docs: &[(S, Options)],
    ) -> Vec<Extraction> {
        self.run_batch(docs, |(text, options)| {
            self.extract_with(text.as_ref(), options)
        })
    }

    #[cfg(feature = "parallel")]
    fn run_batch<T: Sync>(
        &self,
        items: &[T],
        f: impl Fn(&T) -> Extraction + Sync + Send,
    ) -> Vec<Extraction> {
        use rayon::prelude::*;
        items.par_iter().map(f).collect()
    }

    #[cfg(not(feature = "parallel"))]
    fn run_batch<T: Sync>(
        &self,
        items: &[T],
        f: impl Fn(&T) -> Extraction + Sync + Send,
    ) -> Vec<Extraction> {
        items.iter().map(f).collect()
    }
}
