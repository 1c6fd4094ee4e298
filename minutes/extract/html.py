def extract(path): raise NotImplementedError
