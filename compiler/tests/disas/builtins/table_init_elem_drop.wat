;; `table.init` packs the segment and table indices; `elem.drop` cannot trap.

(module
  (table $t 4 funcref)
  (elem $e func $f)
  (func $f (export "f") (param $dst i32)
    (table.init $t $e (local.get $dst) (i32.const 0) (i32.const 1))
    (elem.drop $e)))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x50]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008E
;;     1e: push    qword ptr [rbp+0x10]
;;     23: mov     r8d,1
;;     29: mov     ecx,0
;;     2f: mov     edx,[rbp-0x10]
;;     34: lea     rsp,[rsp+8]
;;     39: xor     esi,esi
;;     3c: mov     rdi,r14
;;     3f: mov     r11,rsp
;;     42: and     rsp,0xFFFFFFFFFFFFFFF0
;;     46: sub     rsp,8
;;     4a: push    r11
;;     4c: mov     r11,[r14]
;;     51: call    qword ptr [r11+0x88] ; table.init
;;     59: mov     rsp,[rsp]
;;     5d: test    edx,edx
;;     60: jne     0x00000000000000E1
;;     66: xor     esi,esi
;;     69: mov     rdi,r14
;;     6c: mov     r11,rsp
;;     6f: and     rsp,0xFFFFFFFFFFFFFFF0
;;     73: sub     rsp,8
;;     77: push    r11
;;     79: mov     r11,[r14]
;;     7e: call    qword ptr [r11+0x90] ; elem.drop
;;     86: mov     rsp,[rsp]
;;     8a: leave
;;     8b: ret     8
;;     8e: cmp     dword ptr [r11+0x14],0
;;     97: jne     0x00000000000000AD
;;     9d: cmp     rax,[r11+0x38]
;;     a2: jb      0x00000000000000C7
;;     a8: jmp     0x000000000000001E
;;     ad: mov     r11,[r14]
;;     b2: mov     qword ptr [r11+0x18],0x2B
;;     bb: mov     eax,0xA
;;     c1: mov     rsp,[r11+8]
;;     c6: ret
;;     c7: mov     r11,[r14]
;;     cc: mov     qword ptr [r11+0x18],0x2B
;;     d5: mov     eax,9
;;     db: mov     rsp,[r11+8]
;;     e0: ret
;;     e1: mov     r11,[r14]
;;     e6: mov     qword ptr [r11+0x18],0x32
;;     ef: mov     eax,edx
;;     f2: mov     rsp,[r11+8]
;;     f7: ret
