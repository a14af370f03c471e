;; A loop counter used in a loop is pinned: the loop works on its register.

(module
  (func (export "f") (param $n i32) (result i32) (local $s i32)
    (loop $l
      (local.set $s (i32.add (local.get $s) (local.get $n)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $s)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000054
;;     1e: xor     eax,eax
;;     20: push    rax
;;     21: mov     r10d,[rbp+0x10]
;;     26: xor     r9d,r9d
;;     29: mov     r11,[r14]
;;     2e: cmp     dword ptr [r11+0x14],0
;;     37: jne     0x00000000000000A7
;;     3d: add     r9d,r10d
;;     40: sub     r10d,1
;;     44: test    r10d,r10d
;;     47: jne     0x0000000000000029
;;     4d: mov     rax,r9
;;     50: leave
;;     51: ret     8
;;     54: cmp     dword ptr [r11+0x14],0
;;     5d: jne     0x0000000000000073
;;     63: cmp     rax,[r11+0x38]
;;     68: jb      0x000000000000008D
;;     6e: jmp     0x000000000000001E
;;     73: mov     r11,[r14]
;;     78: mov     qword ptr [r11+0x18],0x1F
;;     81: mov     eax,0xA
;;     87: mov     rsp,[r11+8]
;;     8c: ret
;;     8d: mov     r11,[r14]
;;     92: mov     qword ptr [r11+0x18],0x1F
;;     9b: mov     eax,9
;;     a1: mov     rsp,[r11+8]
;;     a6: ret
;;     a7: mov     r11,[r14]
;;     ac: mov     qword ptr [r11+0x18],0x22
;;     b5: mov     eax,0xA
;;     bb: mov     rsp,[r11+8]
;;     c0: ret
