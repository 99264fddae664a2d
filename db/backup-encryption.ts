/**
 * Backups encrypted to an age recipient (https://age-encryption.org).
 *
 * The server is given only the recipient, a public key: it can write encrypted backups but
 * never read them, so a seized server does not open its own past backups. The identity file
 * that decrypts them is kept offline and handed to `npm run restore` when it is needed.
 */
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream } from "node:stream/web";
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { BackupError } from "./backup";
import { ensureOwnerOnlyFile } from "./owner-only-files";

/** Every age file starts with this line, which is how a restore tells an encrypted backup. */
const AGE_HEADER = "age-encryption.org/v1\n";

export function isEncryptedBackup(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(AGE_HEADER.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, read).toString("latin1") === AGE_HEADER;
  } finally {
    fs.closeSync(fd);
  }
}

function toWeb(file: string): globalThis.ReadableStream<Uint8Array> {
  return Readable.toWeb(fs.createReadStream(file)) as unknown as globalThis.ReadableStream<Uint8Array>;
}

async function writeStream(stream: globalThis.ReadableStream<Uint8Array>, file: string): Promise<void> {
  ensureOwnerOnlyFile(file);
  const out = fs.createWriteStream(file, { flags: "w" });
  await pipeline(Readable.fromWeb(stream as unknown as ReadableStream<Uint8Array>), out);
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Encrypts `plainFile` to `recipient` as `<plainFile>.age` (owner-only), then removes the
 * plain copy, so only the encrypted backup is left on disk.
 */
export async function encryptBackup(plainFile: string, recipient: string): Promise<string> {
  const encrypter = new Encrypter();
  try {
    encrypter.addRecipient(recipient);
  } catch (error) {
    fs.rmSync(plainFile, { force: true });
    throw new BackupError(`The recipient ${recipient} is not a usable age public key: ${(error as Error).message}`);
  }
  const file = `${plainFile}.age`;
  const partial = `${file}.partial`;
  try {
    await writeStream(await encrypter.encrypt(toWeb(plainFile)), partial);
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`Could not encrypt the backup: ${(error as Error).message}`);
  } finally {
    fs.rmSync(plainFile, { force: true });
  }
  return file;
}

/** The identity in an identity file as `age-keygen` or `npm run backup:keygen` writes it. */
export function readIdentityFile(identityFile: string): string {
  let text: string;
  try {
    text = fs.readFileSync(identityFile, "utf8");
  } catch (error) {
    throw new BackupError(`Cannot read the identity file ${identityFile}: ${(error as Error).message}`);
  }
  const identity = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line.startsWith("AGE-SECRET-KEY-"));
  if (!identity) throw new BackupError(`${identityFile} holds no age identity (a line starting AGE-SECRET-KEY-).`);
  return identity;
}

/**
 * Decrypts an encrypted backup into `outFile` (owner-only). A wrong identity or a damaged
 * file fails with a message saying so, and leaves no `outFile` behind.
 */
export async function decryptBackup(encryptedFile: string, identity: string, outFile: string): Promise<void> {
  const decrypter = new Decrypter();
  try {
    decrypter.addIdentity(identity);
  } catch (error) {
    throw new BackupError(`The identity is not a usable age identity: ${(error as Error).message}`);
  }
  try {
    await writeStream(await decrypter.decrypt(toWeb(encryptedFile)), outFile);
  } catch (error) {
    fs.rmSync(outFile, { force: true });
    const reason = (error as Error).message;
    throw new BackupError(
      /no identity matched/i.test(reason)
        ? `${encryptedFile} was not encrypted to this identity: use the identity file whose public key was VIGIL_BACKUP_RECIPIENT when the backup was taken.`
        : `Could not decrypt ${encryptedFile}: ${reason}`,
    );
  }
}

/** A new identity (secret) and the recipient (public key) that encrypts to it. */
export async function generateBackupKey(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}
