/** A checksum algorithm: MD5 for the upstream MNIST/Fashion-MNIST pins, SHA-256 for your own mirrors. */
export type ChecksumAlgorithm = 'md5' | 'sha256';
