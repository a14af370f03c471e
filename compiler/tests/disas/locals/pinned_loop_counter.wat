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
;;     18: jb      0x0000000000000052
;;     1e: xor     eax,eax
;;     20: push    rax
;;     21: mov     r10d,[rbp+0x10]
;;     26: xor     r9d,r9d
;;     29: mov     r11,[r14]
;;     2e: cmp     dword ptr [r11+0x14],0
;;     37: jne     0x00000000000000A5
;;     3d: add     r9d,r10d
;;     40: sub     r10d,1
;;     44: test    r10d,r10d
;;     47: jne     0x0000000000000029
;;     4d: mov     rax,r9
;;     50: leave
;;     51: ret
;;     52: cmp     dword ptr [r11+0x14],0
;;     5b: jne     0x0000000000000071
;;     61: cmp     rax,[r11+0x38]
;;     66: jb      0x000000000000008B
;;     6c: jmp     0x000000000000001E
;;     71: mov     r11,[r14]
;;     76: mov     qword ptr [r11+0x18],0x1F
;;     7f: mov     eax,0xA
;;     85: mov     rsp,[r11+8]
;;     8a: ret
;;     8b: mov     r11,[r14]
;;     90: mov     qword ptr [r11+0x18],0x1F
;;     99: mov     eax,9
;;     9f: mov     rsp,[r11+8]
;;     a4: ret
;;     a5: mov     r11,[r14]
;;     aa: mov     qword ptr [r11+0x18],0x22
;;     b3: mov     eax,0xA
;;     b9: mov     rsp,[r11+8]
;;     be: ret
