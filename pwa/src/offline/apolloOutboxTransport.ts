import type { ApolloClient } from '@apollo/client';
import { errorCodeOf } from '../apollo/errorCode';
import {
  AcceptCaseFromOutboxDocument,
  CaseAcceptanceDocument,
  ApplicantByIdCardDocument,
  SubmitApplicationDocument,
  UploadMaterialDocument,
} from '../graphql/generated';
import { blobToBase64 } from '../util/blobToBase64';
import type { OutboxTransport } from './outbox';

/**
 * Outbox transport that sends the outbox's operations through Apollo Client.
 * `currentUserId` names the signed-in user, whose own earlier acceptance of
 * a case counts as the replayed one.
 */
export function createApolloOutboxTransport(
  client: ApolloClient,
  currentUserId: () => string | null = () => null,
): OutboxTransport {
  return {
    async uploadMaterial(material) {
      const contentBase64 = await blobToBase64(material.blob);
      const { data } = await client.mutate({
        mutation: UploadMaterialDocument,
        variables: {
          input: {
            fileName: material.fileName,
            mimeType: material.mimeType || 'application/octet-stream',
            contentBase64,
          },
        },
      });
      if (!data) throw new Error('uploadMaterial returned no data.');
      return { id: data.uploadMaterial.id };
    },

    async findApplicant(idCardNumber) {
      const { data } = await client.query({
        query: ApplicantByIdCardDocument,
        variables: { idCardNumber },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('userByIdCard returned no data.');
      return data.userByIdCard?.id ?? null;
    },

    async submitApplication(input) {
      const { data } = await client.mutate({
        mutation: SubmitApplicationDocument,
        variables: { input },
      });
      if (!data) throw new Error('submitApplication returned no data.');
      return data.submitApplication;
    },

    async acceptCase({ id, version }) {
      try {
        const { data } = await client.mutate({
          mutation: AcceptCaseFromOutboxDocument,
          variables: { id, version },
        });
        if (!data) throw new Error('acceptCase returned no data.');
        return data.acceptCase;
      } catch (error) {
        // acceptCase takes no idempotency key. When the response to an
        // earlier attempt was lost, the case moved past the version the
        // clerk saw because of that very attempt: that is success, not a
        // conflict.
        if (errorCodeOf(error) !== 'CONFLICT') throw error;
        const { data } = await client.query({
          query: CaseAcceptanceDocument,
          variables: { id },
          fetchPolicy: 'network-only',
        });
        const current = data?.case;
        const userId = currentUserId();
        const acceptedByMe =
          current?.status === 'ACCEPTED' &&
          current.history.some(
            (event) => event.action === 'ACCEPTED' && event.actorId === userId,
          );
        if (!current || !acceptedByMe) throw error;
        return {
          id: current.id,
          caseNumber: current.caseNumber,
          status: current.status,
        };
      }
    },
  };
}
