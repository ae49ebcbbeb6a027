package org.imrx.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.imrx.ConfigurationException;

/**
 * Opens the directory of a case index and checks that it is one: a Lucene index whose commits
 * carry imrx's format mark. Every failure is a {@link ConfigurationException} naming the directory
 * and the reason. Stateless.
 */
public final class IndexDirectory {
  /** The commit user-data key and value that mark an imrx case index of this layout. */
  static final String FORMAT_KEY = "imrx.index.format";
  static final String FORMAT = "1";

  private IndexDirectory() {}

  /** An existing imrx index, for searching. */
  public static Directory openExisting(Path dir) throws ConfigurationException {
    if (!Files.isDirectory(dir)) {
      throw new ConfigurationException(dir + ": no index there (build one with imrx index --index "
          + dir + " FILES)");
    }
    Directory d = open(dir);
    try {
      if (!DirectoryReader.indexExists(d)) {
        close(d);
        throw new ConfigurationException(dir + ": not an index (build one with imrx index)");
      }
      check(dir, d);
      return d;
    } catch (IOException e) {
      close(d);
      throw unreadable(dir, e);
    }
  }

  /** A directory to index into: new or empty, or an existing imrx index. */
  public static Directory openForWriting(Path dir) throws ConfigurationException {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new ConfigurationException(dir + ": cannot create the index directory (" + e.getMessage() + ")", e);
    }
    Directory d = open(dir);
    try {
      if (DirectoryReader.indexExists(d)) {
        check(dir, d);
      } else if (d.listAll().length > 0 && !onlyLock(d.listAll())) {
        close(d);
        throw new ConfigurationException(dir + ": not empty and not an index; give a new directory");
      }
      return d;
    } catch (IOException e) {
      close(d);
      throw unreadable(dir, e);
    }
  }

  private static boolean onlyLock(String[] files) {
    return files.length == 1 && files[0].equals("write.lock");
  }

  private static void check(Path dir, Directory d) throws IOException, ConfigurationException {
    Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
    if (!FORMAT.equals(data.get(FORMAT_KEY))) {
      close(d);
      throw new ConfigurationException(dir + ": a Lucene index, but not an imrx case index of format "
          + FORMAT + " (rebuild it with imrx index)");
    }
  }

  private static Directory open(Path dir) throws ConfigurationException {
    try {
      return FSDirectory.open(dir);
    } catch (IOException e) {
      throw unreadable(dir, e);
    }
  }

  private static ConfigurationException unreadable(Path dir, IOException e) {
    String why = e instanceof CorruptIndexException ? "corrupt"
        : e instanceof IndexFormatTooOldException || e instanceof IndexFormatTooNewException
            ? "written by another Lucene version" : "unreadable";
    return new ConfigurationException(dir + ": index " + why + " (" + e.getClass().getSimpleName() + ")", e);
  }

  private static void close(Directory d) {
    try {
      d.close();
    } catch (IOException e) {
      // Already failing with a clearer reason.
    }
  }
}
