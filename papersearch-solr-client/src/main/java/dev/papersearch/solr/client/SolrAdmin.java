package dev.papersearch.solr.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * The Configsets and Collections API calls papersearch needs, against any SolrCloud (the in-JVM
 * launcher or an official Solr 9.10): upload the configset, create, inspect and reload a collection,
 * put one file into a configset.
 *
 * <p>Configsets go through the API rather than straight into ZooKeeper, the same way the indexer
 * later replaces the glossary file in them, so that nothing here needs ZooKeeper access.
 */
public final class SolrAdmin {

  /** Collection operations wait this long for a replica that is starting. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final SolrNodes nodes;

  public SolrAdmin(SolrNodes nodes) {
    this.nodes = nodes;
  }

  /** Uploads the files of {@code folder} (e.g. config/solr/papers) as configset {@code name}, replacing one of that name. */
  public void uploadConfig(Path folder, String name) {
    upload("upload configset " + name, name, null, zip(folder));
  }

  /** Writes one file (a mined glossary) into configset {@code name}. */
  public void uploadFile(String name, String path, byte[] content) {
    upload("upload " + path + " to configset " + name, name, path, content);
  }

  /** The Configsets API's UPLOAD: a zip of the whole configset, or one file at {@code filePath}. */
  private void upload(String what, String name, String filePath, byte[] body) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("action", "UPLOAD");
    params.set("name", name);
    params.set("overwrite", true);
    if (filePath == null) {
      params.set("cleanup", true);
    } else {
      params.set("filePath", filePath);
    }
    nodes.retrying(PATIENCE, () -> nodes.post(what, "/admin/configs", params, body, "application/octet-stream"));
  }

  /** Creates {@code collection} from {@code config} with {@code shards} × {@code replicas} cores, waiting until they are active. */
  public void createCollection(String collection, String config, int shards, int replicas) {
    nodes.call(
        "create collection " + collection,
        node -> {
          CollectionAdminRequest.Create create =
              CollectionAdminRequest.createCollection(collection, config, shards, replicas);
          create.setWaitForFinalState(true);
          return create.process(node);
        });
  }

  /** Whether the cluster has {@code collection}. */
  public boolean exists(String collection) {
    List<String> names =
        nodes.call("list collections", node -> CollectionAdminRequest.listCollections(node));
    return names.contains(collection);
  }

  /** Makes every core of {@code collection} read its configset again (a new glossary). */
  public void reload(String collection) {
    nodes.retrying(
        PATIENCE,
        () -> nodes.call("reload " + collection, node -> CollectionAdminRequest.reloadCollection(collection).process(node)));
  }

  /** The configset {@code collection} was created from. */
  public String configName(String collection) {
    NamedList<Object> status =
        nodes.call(
            "status of " + collection,
            node -> CollectionAdminRequest.getClusterStatus().setCollectionName(collection).process(node).getResponse());
    Object name = path(status, "cluster", "collections", collection, "configName");
    if (name == null) {
      throw new IllegalStateException("Solr has no collection '" + collection + "'");
    }
    return name.toString();
  }

  /** A value nested in named lists or maps, as the cluster status mixes both. */
  private static Object path(Object root, String... keys) {
    Object at = root;
    for (String key : keys) {
      if (at instanceof NamedList<?> list) {
        at = list.get(key);
      } else if (at instanceof Map<?, ?> map) {
        at = map.get(key);
      } else {
        return null;
      }
    }
    return at;
  }

  private static byte[] zip(Path folder) {
    if (!Files.isRegularFile(folder.resolve("solrconfig.xml"))) {
      throw new IllegalArgumentException(folder + " is not a configset: it has no solrconfig.xml");
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes);
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        zip.putNextEntry(new ZipEntry(folder.relativize(file).toString().replace('\\', '/')));
        zip.write(Files.readAllBytes(file));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack configset " + folder + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }
}
