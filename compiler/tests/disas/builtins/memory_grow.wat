;; `memory.grow` calls its builtin through the store context's table (no host address
;; in the code), then checks the trap word it returns.

(module
  (memory 1)
  (func (export "f") (param $delta i32) (result i32)
    (memory.grow (local.get $delta))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000005B
;;     1e: push    qword ptr [rbp+0x10]
;;     23: mov     edx,[rbp-0x10]
;;     28: lea     rsp,[rsp+8]
;;     2d: xor     esi,esi
;;     30: mov     rdi,r14
;;     33: mov     r11,rsp
;;     36: and     rsp,0xFFFFFFFFFFFFFFF0
;;     3a: sub     rsp,8
;;     3e: push    r11
;;     40: mov     r11,[r14]
;;     45: call    qword ptr [r11+0x48] ; memory.grow
;;     4a: mov     rsp,[rsp]
;;     4e: test    edx,edx
;;     51: jne     0x00000000000000AE
;;     57: leave
;;     58: ret     8
;;     5b: cmp     dword ptr [r11+0x14],0
;;     64: jne     0x000000000000007A
;;     6a: cmp     rax,[r11+0x38]
;;     6f: jb      0x0000000000000094
;;     75: jmp     0x000000000000001E
;;     7a: mov     r11,[r14]
;;     7f: mov     qword ptr [r11+0x18],0x24
;;     88: mov     eax,0xA
;;     8e: mov     rsp,[r11+8]
;;     93: ret
;;     94: mov     r11,[r14]
;;     99: mov     qword ptr [r11+0x18],0x24
;;     a2: mov     eax,9
;;     a8: mov     rsp,[r11+8]
;;     ad: ret
;;     ae: mov     r11,[r14]
;;     b3: mov     qword ptr [r11+0x18],0x27
;;     bc: mov     eax,edx
;;     bf: mov     rsp,[r11+8]
;;     c4: ret
