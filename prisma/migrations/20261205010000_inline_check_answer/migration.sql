-- CreateTable
CREATE TABLE "inline_check_answer" (
    "userId" TEXT NOT NULL,
    "checkId" TEXT NOT NULL,
    "lessonSlug" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "isCorrect" BOOLEAN NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inline_check_answer_pkey" PRIMARY KEY ("userId","checkId")
);

-- AddForeignKey
ALTER TABLE "inline_check_answer" ADD CONSTRAINT "inline_check_answer_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
